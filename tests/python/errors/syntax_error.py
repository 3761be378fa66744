# exit: 1
# A program that does not parse: CPython reports the SyntaxError with no traceback frames.
print("never runs")
if True
    print("no colon")
