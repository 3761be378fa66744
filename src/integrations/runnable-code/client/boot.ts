// Injected on every page (see ../index.ts); costs nothing where there is no python block.
if (document.querySelector('python-block')) void import('./python-block.ts');
