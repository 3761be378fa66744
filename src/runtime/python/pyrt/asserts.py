"""Rewrites a program's `assert` statements so each one reports its outcome, as pytest does.

`assert left == right, msg` becomes, in effect::

    if not __pyrt_compare__(ID, left, right):
        raise AssertionError(msg)

The operands are evaluated once, in CPython's order, and `msg` only on failure; the exception
raised is the one CPython raises, so tracebacks read the same. The helper tells the host the
line, whether it passed and, on failure, the values compared ("assert 9999 == 10000").
"""
import ast
import builtins
import operator

_OPS = {
    ast.Eq: ("==", operator.eq), ast.NotEq: ("!=", operator.ne),
    ast.Lt: ("<", operator.lt), ast.LtE: ("<=", operator.le),
    ast.Gt: (">", operator.gt), ast.GtE: (">=", operator.ge),
    ast.Is: ("is", operator.is_), ast.IsNot: ("is not", operator.is_not),
    ast.In: ("in", lambda a, b: a in b), ast.NotIn: ("not in", lambda a, b: a not in b),
}
_MAX_REPR = 240


def _repr(value):
    try:
        text = repr(value)
    except Exception as e:  # a broken __repr__ must not hide the assertion
        text = "<repr failed: %s>" % type(e).__name__
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 3] + "..."


class _Site:
    __slots__ = ("line", "source", "op", "left_src", "right_src", "passed", "failed", "message")

    def __init__(self, line, source, op=None, left_src=None, right_src=None):
        self.line, self.source, self.op = line, source, op
        self.left_src, self.right_src = left_src, right_src
        self.passed = self.failed = 0
        self.message = None


class Tally:
    """The assert sites of one run and what happened at each."""

    def __init__(self, report):
        self.sites = []
        self._report = report  # report(line, passed, source, message)

    def record(self, site, ok, message=None):
        if ok:
            site.passed += 1
            if site.passed == 1 and not site.failed:
                self._report(site.line, True, site.source, None)
        else:
            site.failed += 1
            site.message = message
            self._report(site.line, False, site.source, message)
        return ok

    def compare(self, index, left, right):
        site = self.sites[index]
        ok = bool(_OPS_BY_SYMBOL[site.op](left, right))
        if ok:
            return self.record(site, True)
        lr, rr = _repr(left), _repr(right)
        lines = ["assert %s %s %s" % (lr, site.op, rr)]
        for src, shown in ((site.left_src, lr), (site.right_src, rr)):
            if src is not None and src != shown:
                lines.append(" +  where %s = %s" % (shown, src))
        return self.record(site, False, "\n".join(lines))

    def check(self, index, value):
        site = self.sites[index]
        ok = bool(value)
        if ok:
            return self.record(site, True)
        shown = _repr(value)
        message = "assert %s" % shown
        if site.source != shown:
            message += "\n +  where %s = %s" % (shown, site.source)
        return self.record(site, False, message)

    def summary(self):
        return [
            {"line": s.line, "source": s.source, "passed": s.passed, "failed": s.failed,
             "message": s.message}
            for s in self.sites if s.passed or s.failed
        ]


_OPS_BY_SYMBOL = {symbol: fn for symbol, fn in _OPS.values()}
COMPARE = "__pyrt_compare__"
CHECK = "__pyrt_check__"


class _Rewriter:
    """Replaces each `assert` statement. Asserts are statements, so only statement lists are
    walked, never expressions (most of a tree): NodeTransformer's full walk cost milliseconds
    on every run."""

    def __init__(self, source, tally, names=(None, None)):
        self.source = source
        self.tally = tally
        # Helper names other than the run's own (an exercise's tests keep a tally of their own).
        self.compare, self.check = names[0] or COMPARE, names[1] or CHECK

    def visit(self, tree):
        self._body(tree.body)
        return tree

    def _body(self, body):
        for i, node in enumerate(body):
            if isinstance(node, ast.Assert):
                body[i] = self.visit_Assert(node)
                continue
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(node, field, None)
                if type(inner) is list:
                    self._body(inner)
            for part in getattr(node, "handlers", ()) or getattr(node, "cases", ()):
                self._body(part.body)

    def _segment(self, node):
        return ast.get_source_segment(self.source, node) or ast.unparse(node)

    def visit_Assert(self, node):
        test = node.test
        index = len(self.tally.sites)
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left, right = test.left, test.comparators[0]
            site = _Site(node.lineno, self._segment(test), _OPS[type(test.ops[0])][0],
                         _side_source(self, left), _side_source(self, right))
            call = ast.Call(ast.Name(self.compare, ast.Load()), [ast.Constant(index), left, right], [])
        else:
            site = _Site(node.lineno, self._segment(test))
            call = ast.Call(ast.Name(self.check, ast.Load()), [ast.Constant(index), test], [])
        self.tally.sites.append(site)
        exc = ast.Name("AssertionError", ast.Load())
        if node.msg is not None:
            exc = ast.Call(exc, [node.msg], [])
        raise_ = ast.Raise(exc=exc, cause=None)
        new = ast.If(test=ast.UnaryOp(ast.Not(), call), body=[raise_], orelse=[])
        for n in (new, raise_, exc, call, call.func, call.args[0], new.test):
            ast.copy_location(n, node)
        if isinstance(exc, ast.Call):
            ast.copy_location(exc.func, node)
        return ast.fix_missing_locations(new)


def _side_source(rewriter, node):
    """Source of one operand, or None when it is a literal (its repr says it all)."""
    if isinstance(node, ast.Constant):
        return None
    return rewriter._segment(node)


def rewrite(tree, source, tally):
    """Rewrite the asserts of a parsed module in place and install the helpers."""
    tree = _Rewriter(source, tally).visit(tree)
    setattr(builtins, COMPARE, tally.compare)
    setattr(builtins, CHECK, tally.check)
    return tree
