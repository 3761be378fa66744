# timeout: 60
# subprocess runs sys.executable as a child Python: run/check_output/Popen, pipes, input, exit codes, check, timeout.
import subprocess
import sys

r = subprocess.run([sys.executable, "-c",
                    "import sys; print('hi', sys.argv[1:]); print('err', file=sys.stderr); sys.exit(3)",
                    "a", "b"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output([sys.executable, "-c", "print(input().upper())"], input=b"shout\n"))
print(subprocess.run([sys.executable, "-"], input="print(6 * 7)", capture_output=True, text=True).stdout)

try:
    subprocess.run([sys.executable, "-c", "raise ValueError('boom')"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.stderr.decode().splitlines()[-1])

p = subprocess.Popen([sys.executable, "-u", "-c", "for i in range(3): print(i)"],
                     stdout=subprocess.PIPE, text=True)
print([line.strip() for line in p.stdout], p.wait(), p.returncode, p.poll())

try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd[1:])

r = subprocess.run([sys.executable, "-c", "import sys; print('o'); print('e', file=sys.stderr)"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
print(subprocess.run([sys.executable, "-c", "print('quiet')"], stdout=subprocess.DEVNULL).stdout)
print(subprocess.call([sys.executable, "-c", "print('inherited', flush=True)"]))
with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read()[::-1])"],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, err = p.communicate(b"olleh")
print(out, err, p.returncode)
p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(10)"])
p.terminate()
print(p.wait())
print(subprocess.run([sys.executable, "-z"], capture_output=True).returncode)
print(subprocess.run([sys.executable, "-c", "import sys; sys.exit('bye')"], capture_output=True, text=True).stderr)
import errno
try:
    subprocess.run(["no-such-program-here", "-l"])
except FileNotFoundError as e:    # no other programs on this machine (CPython's machine has no such one either)
    print("FileNotFoundError", e.errno == errno.ENOENT, e.filename)
