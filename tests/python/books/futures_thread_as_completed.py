# ThreadPoolExecutor with as_completed, mapping futures back to inputs and reporting exceptions.
import concurrent.futures
import time

def load(url):
    time.sleep(0.01 * (len(url) % 3))
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return len(url) * 100

URLS = ["http://a.example", "http://bad.example", "http://ccc.example", "http://dd.example"]
lines = []
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    future_to_url = {executor.submit(load, url): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            lines.append("%r generated an exception: %s" % (url, exc))
        else:
            lines.append("%r page is %d bytes" % (url, data))
for line in sorted(lines):
    print(line)

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    it = ex.map(load, URLS)
    try:
        for r in it:
            print("map result", r)
    except ConnectionError as e:
        print("map raises at the failing item:", e)
    f = ex.submit(time.sleep, 0.05)
    try:
        f.result(timeout=0.001)
    except concurrent.futures.TimeoutError:
        print("result(timeout) raised TimeoutError")
    print("done after wait:", concurrent.futures.wait([f]).done == {f})
