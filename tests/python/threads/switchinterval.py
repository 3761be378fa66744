# sys.getswitchinterval defaults to 5 ms; setswitchinterval changes it; bad values are rejected.
import sys

print(sys.getswitchinterval())
old = sys.getswitchinterval()
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("zero:", e)
sys.setswitchinterval(old)
print(sys.getswitchinterval() == 0.005)
