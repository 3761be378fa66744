# timeout: 60
# asyncio subprocesses of sys.executable: streams read as the child prints, stdin written, exit codes, concurrency.
import asyncio
import sys

async def lines_of_child():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", "-c", "import time\nfor i in range(3):\n    print('line', i)\n    time.sleep(0.05)",
        stdout=asyncio.subprocess.PIPE)
    got = []
    while line := await proc.stdout.readline():
        got.append(line.decode().strip())
    print(got, await proc.wait(), proc.returncode)

async def talk():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper()); sys.exit(len(data))",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"hello")
    print(out, err, proc.returncode)

async def shell():
    proc = await asyncio.create_subprocess_shell(
        f"{sys.executable} -c \"import sys; print('to stderr', file=sys.stderr)\"",
        stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    print(err.decode().strip(), proc.returncode)

async def several():
    async def square(n):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", f"import time; time.sleep(0.2); print({n} * {n})",
            stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return int(out)
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.gather(*(square(n) for n in range(3))))

async def killed():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(10)")
    proc.kill()
    print("killed:", await proc.wait())

async def main():
    await lines_of_child()
    await talk()
    await shell()
    await several()
    await killed()

asyncio.run(main())
