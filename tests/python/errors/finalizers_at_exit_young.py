# A garbage cycle made after the last collection is collected at exit, its __del__ printing.
from _noisy import Noisy

Noisy("young at exit")
print("end of program")
