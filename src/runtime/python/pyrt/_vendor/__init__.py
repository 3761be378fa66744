"""Third-party pure-Python modules the runtime ships unmodified (licenses in their headers).

cloudpickle 3.1.2 (BSD-3-Clause): pickles functions and classes by value, so code defined in
a reader's program reaches a child process (pyrt.processes.reduction).
"""
