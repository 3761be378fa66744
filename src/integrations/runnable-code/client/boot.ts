// Injected on every page (see ../index.ts); costs nothing where there is no python block.
if (document.querySelector('python-block')) void import('./python-block.ts');
// Exercise progress in the sidebar, on every page, once the reader has solved something.
void import('./storage.ts').then(async ({ pageStorage }) => {
  const store = pageStorage();
  if (document.querySelector('python-block[data-tests]') || !store.getItem('runpy-progress')) return; // the page's blocks show it
  const { loadProgress, showProgress } = await import('./progress.ts');
  showProgress(loadProgress(store));
});
