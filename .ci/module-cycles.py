#!/usr/bin/env python3
"""Find import cycles between the file modules of the workspace crates.

A *file module* is one `.rs` file under `<crate>/src` (`mod.rs` stands for its
directory, `lib.rs`/`main.rs` for the crate root), named like
`app::storage::surveys`; a `main.rs` next to a `lib.rs` is a binary crate of
its own, shown as `server[main.rs]`.  An edge A -> B means the code of file A names a path
that resolves into file B: `crate::...`, `$crate::...`, `self::...`,
`super::...`, a child module declared in A (`mod x;` then `x::...` or
`pub use x::...`), a module brought in by `use` (`use crate::storage::designs;`
then `designs::...`), or another scanned crate this crate depends on
(`app::...` in `server`).  Paths are taken from `use` trees (nested groups
included) and from anywhere in the code; each one resolves to the deepest file
module that is a prefix of it.  Comments and string/char literals are blanked
first; references inside `#[cfg(test)] mod x { ... }` blocks and from files
declared `#[cfg(test)] mod x;` are skipped.  Declaring a child
(`mod x;`) is not an edge; a reference to the file itself is not an edge.

Every strongly connected component with more than one module is reported, with
one example line for each edge inside it, and the exit status is 1.  With no
cycles it prints "no import cycles between N modules" and exits 0.

Usage:
    python3 .ci/module-cycles.py [--graph] [CRATE_DIR ...]   (default: app server)
    python3 .ci/module-cycles.py --self-test

No dependencies beyond the Python 3.11 standard library.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CRATES = ["app", "server"]

# --------------------------------------------------------------------------
# Lexing


def _blank(text: str) -> str:
    """Spaces in place of everything but newlines (line numbers survive)."""
    return re.sub(r"[^\n]", " ", text)


_RAW_STR = re.compile(r'[bc]?r(#*)"')
_IDENT_CHAR = re.compile(r"[A-Za-z0-9_]")


def strip_comments_and_strings(src: str) -> str:
    """Blank comments (nested block comments too), string, raw string, byte
    string and char literals; keep lifetimes and newlines."""
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "/" and src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(_blank(src[i:j]))
            i = j
            continue
        if c == "/" and src.startswith("/*", i):
            depth, j = 0, i
            while j < n:
                if src.startswith("/*", j):
                    depth += 1
                    j += 2
                elif src.startswith("*/", j):
                    depth -= 1
                    j += 2
                    if depth == 0:
                        break
                else:
                    j += 1
            out.append(_blank(src[i:j]))
            i = j
            continue
        if c in "rbc" and (i == 0 or not _IDENT_CHAR.match(src[i - 1])):
            m = _RAW_STR.match(src, i)
            if m:
                end = src.find('"' + m.group(1), m.end())
                end = n if end < 0 else end + 1 + len(m.group(1))
                out.append('""' + _blank(src[i + 2 : end]))
                i = end
                continue
        if c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            j = min(j + 1, n)
            out.append('"' + _blank(src[i + 1 : j]))
            i = j
            continue
        if c == "'":
            if i + 1 < n and src[i + 1] == "\\":  # '\n', '\'', '\u{..}'
                j = src.find("'", i + 3)
                j = n if j < 0 else j + 1
                out.append("''" + _blank(src[i + 2 : j]))
                i = j
                continue
            if i + 2 < n and src[i + 2] == "'" and src[i + 1] != "\n":  # 'x'
                out.append("'' ")
                i += 3
                continue
            out.append(c)  # a lifetime or label
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


_TOKEN = re.compile(r"\$?[A-Za-z_][A-Za-z0-9_]*|::|\S")


@dataclass
class Tok:
    text: str
    line: int

    @property
    def is_ident(self) -> bool:
        return self.text[0].isalpha() or self.text[0] in "_$"


def tokenize(code: str) -> list[Tok]:
    newlines = [m.start() for m in re.finditer("\n", code)]
    return [
        Tok(m.group(), bisect.bisect_right(newlines, m.start()) + 1)
        for m in _TOKEN.finditer(code)
    ]


# --------------------------------------------------------------------------
# Crates and modules


@dataclass
class Crate:
    name: str  # the directory name, used for module names (`app`, `server`)
    src: Path
    package: str
    lib_name: str
    deps: dict[str, str] = field(default_factory=dict)  # name in code -> package


@dataclass
class FileModule:
    path: tuple[str, ...]
    file: Path
    crate: Crate
    root: tuple[str, ...]  # what `crate::` means in this file

    @property
    def name(self) -> str:
        return "::".join(self.path)


def load_crate(crate_dir: Path) -> Crate:
    src = crate_dir / "src"
    if not src.is_dir():
        if crate_dir.name == "src" and crate_dir.is_dir():
            crate_dir, src = crate_dir.parent, crate_dir
        else:
            raise SystemExit(f"{crate_dir}: no src directory")
    name = crate_dir.resolve().name
    package, lib_name, deps = name, None, {}
    manifest = crate_dir / "Cargo.toml"
    if manifest.is_file():
        data = tomllib.loads(manifest.read_text())
        package = data.get("package", {}).get("name", package)
        lib_name = data.get("lib", {}).get("name")
        tables = [data.get("dependencies", {})]
        tables += [t.get("dependencies", {}) for t in data.get("target", {}).values()]
        for table in tables:
            for key, spec in table.items():
                real = spec.get("package", key) if isinstance(spec, dict) else key
                deps[key.replace("-", "_")] = real
    return Crate(name, src, package, lib_name or package.replace("-", "_"), deps)


def discover(crates: list[Crate]) -> dict[tuple[str, ...], FileModule]:
    modules: dict[tuple[str, ...], FileModule] = {}
    for crate in crates:
        has_lib = (crate.src / "lib.rs").is_file()
        for file in sorted(crate.src.rglob("*.rs")):
            parts = list(file.relative_to(crate.src).with_suffix("").parts)
            root: tuple[str, ...] = (crate.name,)
            if parts[0] == "bin" and len(parts) > 1:
                # src/bin/x.rs, src/bin/x/main.rs: crate roots of their own
                path = (f"{crate.name}[bin/{parts[1]}]",)
                root = path
                if len(parts) > 2 and parts[-1] != "main":
                    path = path + tuple(p for p in parts[2:] if p != "mod")
            elif parts == ["main"] and has_lib:
                path = root = (f"{crate.name}[main.rs]",)
            elif parts in (["lib"], ["main"]):
                path = (crate.name,)
            else:
                if parts[-1] == "mod":
                    parts = parts[:-1]
                path = (crate.name, *parts)
            modules[path] = FileModule(path, file, crate, root)
    return modules


# --------------------------------------------------------------------------
# Scanning one file


def _matching(toks: list[Tok], i: int, open_: str, close: str) -> int:
    """Index of the bracket closing the one at i."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == open_:
            depth += 1
        elif toks[j].text == close:
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def _is_test_cfg(args: list[str]) -> bool:
    """`cfg(test)` or `cfg(all(test, ...))`."""
    if args == ["test"]:
        return True
    if args[:2] == ["all", "("]:
        depth, top = 0, []
        for t in args[2:-1]:
            if t == "(":
                depth += 1
            elif t == ")":
                depth -= 1
            elif depth == 0:
                top.append(t)
        return "test" in top
    return False


def scope_markers(toks: list[Tok]) -> tuple[list[bool], list[tuple[str, ...]], dict[str, bool]]:
    """Per token: inside a `#[cfg(test)] mod` block?, the inline module path
    it sits in; plus the out-of-line children (`mod x;`), each mapped to
    whether it is declared under `#[cfg(test)]`."""
    opens: dict[int, tuple[str, str]] = {}  # index of `{` -> (kind, name)
    children: dict[str, bool] = {}
    pending_test = False
    i, n = 0, len(toks)
    while i < n:
        t = toks[i].text
        if t == "#" and i + 1 < n and toks[i + 1].text == "[":
            end = _matching(toks, i + 1, "[", "]")
            inner = [x.text for x in toks[i + 2 : end]]
            if inner[:2] == ["cfg", "("] and _is_test_cfg(inner[2:-1]):
                pending_test = True
            i = end + 1
            continue
        if t == "pub":
            if i + 1 < n and toks[i + 1].text == "(":
                i = _matching(toks, i + 1, "(", ")")
            i += 1
            continue
        if t == "mod" and i + 2 < n and toks[i + 1].is_ident:
            name, after = toks[i + 1].text, toks[i + 2].text
            if after == "{":
                opens[i + 2] = ("test" if pending_test else "inline", name)
            elif after == ";":
                children[name] = children.get(name, False) or pending_test
        pending_test = False
        i += 1

    in_test: list[bool] = []
    inline: list[tuple[str, ...]] = []
    stack: list[tuple[str, str] | None] = []
    test_depth = 0
    path: tuple[str, ...] = ()
    for idx, tok in enumerate(toks):
        if tok.text == "{":
            marker = opens.get(idx)
            stack.append(marker)
            if marker and marker[0] == "test":
                test_depth += 1
            elif marker:
                path = path + (marker[1],)
        in_test.append(test_depth > 0)
        inline.append(path)
        if tok.text == "}" and stack:
            marker = stack.pop()
            if marker and marker[0] == "test":
                test_depth -= 1
            elif marker:
                path = path[:-1]
    return in_test, inline, children


@dataclass
class UseLeaf:
    segs: list[str]
    alias: str | None  # the name the leaf binds (None for globs)
    line: int
    inline: tuple[str, ...]
    public: bool


def parse_use(toks: list[Tok], i: int) -> tuple[list[tuple[list[str], str | None, int]], int]:
    """Parse the use tree starting at toks[i] (just after `use`).  Returns
    (leaves as (segments, bound name, line), index of the closing `;`)."""
    leaves: list[tuple[list[str], str | None, int]] = []

    def tree(i: int, prefix: list[str]) -> int:
        segs = list(prefix)
        if i < len(toks) and toks[i].text == "::":  # `use ::krate::x`
            segs.append("::")
            i += 1
        while i < len(toks):
            t = toks[i]
            if t.text == "{":
                i += 1
                while i < len(toks) and toks[i].text != "}":
                    i = tree(i, segs)
                    if i < len(toks) and toks[i].text == ",":
                        i += 1
                return i + 1
            if t.text == "*":
                leaves.append((segs, None, t.line))
                return i + 1
            if not t.is_ident:
                return i
            segs = segs + [t.text]
            i += 1
            if i < len(toks) and toks[i].text == "::":
                i += 1
                continue
            bound = segs[-2] if segs[-1] == "self" and len(segs) > 1 else segs[-1]
            if segs[-1] == "self":
                segs = segs[:-1]
            if i + 1 < len(toks) and toks[i].text == "as":
                bound = toks[i + 1].text
                i += 2
            leaves.append((segs, bound, t.line))
            return i
        return i

    j = tree(i, [])
    while j < len(toks) and toks[j].text != ";":
        j += 1
    return leaves, j


@dataclass
class Graph:
    modules: dict[tuple[str, ...], FileModule]
    # (src, dst) -> [(file, line), ...]
    edges: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[Path, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def deepest(self, full: tuple[str, ...]) -> tuple[str, ...] | None:
        for k in range(len(full), 0, -1):
            if full[:k] in self.modules:
                return full[:k]
        return None

    def add(self, src: FileModule, dst: tuple[str, ...] | None, line: int) -> None:
        if dst is not None and dst != src.path:
            self.edges[(src.path, dst)].append((src.file, line))


def extern_roots(mod: FileModule, crates: list[Crate]) -> dict[str, tuple[str, ...]]:
    """Names by which this file reaches other scanned crates."""
    by_package = {c.package: c for c in crates}
    roots = {}
    for code_name, package in mod.crate.deps.items():
        if package in by_package:
            roots[code_name] = (by_package[package].name,)
    if mod.root != (mod.crate.name,):  # a binary reaches its own library
        if (mod.crate.src / "lib.rs").is_file():
            roots[mod.crate.lib_name] = (mod.crate.name,)
    return roots


def scan_file(mod: FileModule, graph: Graph, crates: list[Crate]) -> None:
    toks = tokenize(strip_comments_and_strings(mod.file.read_text(encoding="utf-8")))
    in_test, inline, children = scope_markers(toks)
    children = {c for c in children if mod.path + (c,) in graph.modules}
    externs = extern_roots(mod, crates)
    aliases: dict[str, tuple[str, ...]] = {}

    def base_of(first: str, second: str | None, here: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
        """Resolve the first segment(s): (absolute path, segments consumed)."""
        if first in ("crate", "$crate"):
            return mod.root, 1
        if first == "self":
            return mod.path + here, 1
        if first == "super":
            return (mod.path + here)[:-1], 1
        if first == "::":
            return (externs[second], 2) if second in externs else None
        if not here and first in children:
            return mod.path + (first,), 1
        if first in aliases:
            return aliases[first], 1
        if first in externs:
            return externs[first], 1
        return None

    def resolve(segs: list[str], here: tuple[str, ...]) -> tuple[str, ...] | None:
        got = base_of(segs[0], segs[1] if len(segs) > 1 else None, here)
        if got is None:
            return None
        base, used = got
        rest = segs[used:]
        while rest and rest[0] == "super" and base:  # super::super::x
            base, rest = base[:-1], rest[1:]
        return base + tuple(rest)

    # Pass 1: use declarations.
    leaves: list[UseLeaf] = []
    consumed: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i].text == "use" and not in_test[i]:
            public = i > 0 and (toks[i - 1].text == "pub" or toks[i - 1].text == ")")
            found, end = parse_use(toks, i + 1)
            for segs, bound, line in found:
                if segs:
                    leaves.append(UseLeaf(segs, bound, line, inline[i], public))
            consumed.update(range(i, end + 1))
            i = end + 1
            continue
        i += 1

    # Leaves that name a module itself become aliases; their edge waits for
    # the alias to be used (so `use crate::routes;` + `routes::health::x`
    # is an edge to routes::health, not routes).  Aliases can build on
    # aliases (`pub use crate::logo;` then `use logo::{..}`).
    resolved: dict[int, tuple[str, ...]] = {}
    for _ in range(4):
        progress = False
        for k, leaf in enumerate(leaves):
            if k in resolved:
                continue
            full = resolve(leaf.segs, leaf.inline)
            if full is None:
                continue
            resolved[k] = full
            progress = True
            if leaf.alias and full in graph.modules and leaf.alias not in ("self", "super", "crate"):
                aliases.setdefault(leaf.alias, full)
        if not progress:
            break
    used_aliases: set[str] = set()
    for k, leaf in enumerate(leaves):
        if k in resolved and leaf.segs[0] in aliases:
            used_aliases.add(leaf.segs[0])

    # Pass 2: paths anywhere in the code.
    for i, tok in enumerate(toks):
        if i in consumed or in_test[i] or i + 2 >= len(toks):
            continue
        if tok.text == "::":
            if i > 0 and (toks[i - 1].is_ident or toks[i - 1].text in (">", ")")):
                continue
            segs = ["::"]
            j = i  # the loop below reads `:: krate ...`
        else:
            if not tok.is_ident or toks[i + 1].text != "::":
                continue
            if i > 0 and toks[i - 1].text == "::":
                continue
            if i > 1 and toks[i - 1].text == "in" and toks[i - 2].text == "(":  # pub(in crate::x)
                continue
            segs = [tok.text]
            j = i + 1
        while j + 1 < len(toks) and toks[j].text == "::" and toks[j + 1].is_ident:
            segs.append(toks[j + 1].text)
            j += 2
        if len(segs) < 2:
            continue
        # Outside `use` the last segment names an item (fn, type, const,
        # macro), never a module: `super::raw_text(..)` calls a function
        # re-exported by the parent even when a child `raw_text` exists.
        full = resolve(segs[:-1], inline[i])
        if full is None:
            continue
        if segs[0] in aliases and not (not inline[i] and segs[0] in children):
            used_aliases.add(segs[0])
        graph.add(mod, graph.deepest(full), tok.line)

    for k, leaf in enumerate(leaves):
        full = resolved.get(k)
        if full is None:
            continue
        module_import = leaf.alias is not None and full in graph.modules
        if module_import and not leaf.public and leaf.alias in used_aliases:
            continue  # its uses were counted where they happen
        graph.add(mod, graph.deepest(full), leaf.line)


# --------------------------------------------------------------------------
# Graph analysis


def strongly_connected(nodes: list, succ: dict) -> list[list]:
    """Tarjan's algorithm, iterative."""
    index: dict = {}
    low: dict = {}
    on_stack: set = set()
    stack: list = []
    result: list[list] = []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(succ.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(succ.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result


def test_only(modules: dict[tuple[str, ...], FileModule]) -> set[tuple[str, ...]]:
    """Files declared as `#[cfg(test)] mod x;`, and everything below them."""
    roots = set()
    for mod in modules.values():
        code = strip_comments_and_strings(mod.file.read_text(encoding="utf-8"))
        _, _, children = scope_markers(tokenize(code))
        roots |= {mod.path + (name,) for name, is_test in children.items() if is_test}
    return {p for p in modules if any(p[: len(r)] == r for r in roots)}


def build_graph(crate_dirs: list[Path]) -> tuple[Graph, list[Crate]]:
    crates = [load_crate(d) for d in crate_dirs]
    modules = discover(crates)
    graph = Graph(modules)
    skip = test_only(modules)  # nodes still, but their references are test code
    for mod in modules.values():
        if mod.path not in skip:
            scan_file(mod, graph, crates)
    return graph, crates


def cycles(graph: Graph) -> list[list[tuple[str, ...]]]:
    succ: dict = defaultdict(set)
    for src, dst in graph.edges:
        succ[src].add(dst)
    sccs = strongly_connected(sorted(graph.modules), succ)
    return sorted((c for c in sccs if len(c) > 1), key=lambda c: (-len(c), c))


def _where(graph: Graph, src, dst, base: Path) -> str:
    hits = sorted(graph.edges[(src, dst)])
    file, line = hits[0]
    try:
        shown = file.resolve().relative_to(base)
    except ValueError:
        shown = file
    more = f"  (+{len(hits) - 1} more)" if len(hits) > 1 else ""
    return f"{shown}:{line}{more}"


def run(crate_dirs: list[Path], show_graph: bool, out=sys.stdout, base: Path | None = None) -> int:
    graph, _ = build_graph(crate_dirs)
    base = (base or Path.cwd()).resolve()
    name = lambda p: "::".join(p)  # noqa: E731
    if show_graph:
        print(f"{len(graph.edges)} edges:", file=out)
        for src, dst in sorted(graph.edges):
            print(f"  {name(src)} -> {name(dst)}    {_where(graph, src, dst, base)}", file=out)
        print(file=out)
    found = cycles(graph)
    if not found:
        print(f"no import cycles between {len(graph.modules)} modules", file=out)
        return 0
    print(
        f"{len(found)} import cycle(s) (strongly connected components) "
        f"among {len(graph.modules)} modules:",
        file=out,
    )
    for n, component in enumerate(found, 1):
        members = set(component)
        print(f"\ncycle {n}: {len(component)} modules", file=out)
        for m in component:
            print(f"  {name(m)}", file=out)
        print("  edges:", file=out)
        for src, dst in sorted(graph.edges):
            if src in members and dst in members:
                print(f"    {name(src)} -> {name(dst)}    {_where(graph, src, dst, base)}", file=out)
    return 1


# --------------------------------------------------------------------------
# Self-test


SELF_TEST_FILES = {
    "fake/Cargo.toml": '[package]\nname = "fake"\n',
    "fake/src/lib.rs": """
        //! Crate docs mention crate::d::Thing, which is no edge.
        pub mod a;
        pub mod b;
        pub mod c;
        pub mod d;
        pub mod e;
        pub mod g;
        pub mod h;
        pub mod solo;
        #[cfg(test)]
        mod t;
    """,
    "fake/src/t.rs": "use crate::a::Ay;\nfn t() { super::b::make(); }\n",
    # a <-> b through a use group and a bare expression path
    "fake/src/a.rs": """
        use crate::{b::{self, Bee}, solo};
        pub struct Ay;
        pub fn f() -> Bee { b::make() }
    """,
    "fake/src/b.rs": """
        pub struct Bee;
        pub fn make() -> Bee { let _ = super::a::Ay; Bee }
    """,
    # c -> d only; d mentions c only in comments, strings and tests
    "fake/src/c.rs": "pub fn c() { crate::d::d() }\n",
    "fake/src/d.rs": r'''
        /// See [`crate::c::c`].
        /* block crate::c::c /* nested crate::c */ still comment crate::c */
        pub fn d() {
            let _ = "crate::c::c()";
            let _ = r#"super::c::c"#;
            let _ = '"'; let _q = 'x'; // a char that looks like a string
            let _s: &'static str = "";
        }
        #[cfg(test)]
        mod tests {
            use crate::c;
            #[test]
            fn t() { super::super::c::c(); }
        }
    ''',
    # e (mod.rs) re-exports its child f; f reaches back through super
    "fake/src/e/mod.rs": """
        mod f;
        pub use f::Thing;
        pub fn helper() {}
    """,
    "fake/src/e/f.rs": "pub struct Thing;\npub fn go() { super::helper() }\n",
    # g -> h::deep via a module alias, h -> g? no: h::deep -> g is not a cycle
    # unless g reached h itself, which the alias rule avoids.
    "fake/src/g.rs": """
        use crate::h;
        pub fn g() { h::deep::x() }
    """,
    "fake/src/h/mod.rs": "pub mod deep;\npub use deep::x as deep;\n",
    "fake/src/h/deep.rs": """
        pub fn x() {}
        mod inline {
            pub fn y() { super::x(); self::z(); }
            fn z() {}
        }
    """,
    # the function `h::deep` (a re-export), not the module `h::deep`
    "fake/src/solo.rs": "pub fn s() { crate::h::deep() }\n",
    # a second crate using the first: edges into it, plus its own cycle
    "other/Cargo.toml": '[package]\nname = "other"\n[dependencies]\nfake = { path = "../fake" }\n',
    "other/src/main.rs": """
        mod p;
        mod q;
        fn main() { p::p(); fake::c::c(); }
    """,
    "other/src/p.rs": "pub fn p() { crate::q::q() }\n",
    "other/src/q.rs": "pub fn q() { super::p::p(); ::fake::solo::s(); }\n",
}


def self_test() -> int:
    import io
    import textwrap

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, text in SELF_TEST_FILES.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text))
        graph, _ = build_graph([root / "fake", root / "other"])
        edges = {("::".join(s), "::".join(d)) for s, d in graph.edges}
        expected = {
            ("fake::a", "fake::b"),
            ("fake::a", "fake::solo"),
            ("fake::b", "fake::a"),
            ("fake::c", "fake::d"),
            ("fake::e", "fake::e::f"),
            ("fake::e::f", "fake::e"),
            ("fake::g", "fake::h::deep"),
            ("fake::h", "fake::h::deep"),
            ("fake::solo", "fake::h"),
            ("other", "other::p"),
            ("other", "fake::c"),
            ("other::p", "other::q"),
            ("other::q", "other::p"),
            ("other::q", "fake::solo"),
        }
        assert edges == expected, (
            f"unexpected edges: {sorted(edges - expected)}; missing: {sorted(expected - edges)}"
        )
        found = [["::".join(m) for m in c] for c in cycles(graph)]
        assert sorted(found) == [
            ["fake::a", "fake::b"],
            ["fake::e", "fake::e::f"],
            ["other::p", "other::q"],
        ], found
        out = io.StringIO()
        assert run([root / "fake", root / "other"], False, out) == 1
        assert "fake::e::f -> fake::e" in out.getvalue(), out.getvalue()
        # Break the cycles: the report turns clean.
        (root / "fake/src/b.rs").write_text("pub struct Bee;\npub fn make() -> Bee { Bee }\n")
        (root / "fake/src/e/f.rs").write_text("pub struct Thing;\n")
        (root / "other/src/q.rs").write_text("pub fn q() {}\n")
        out = io.StringIO()
        assert run([root / "fake", root / "other"], False, out) == 0, out.getvalue()
        assert out.getvalue().strip() == "no import cycles between 15 modules", out.getvalue()
    print("self-test passed")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="crate directories (default: app server)")
    parser.add_argument("--graph", action="store_true", help="print every edge first")
    parser.add_argument("--self-test", action="store_true", help="run the built-in test")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    dirs = [Path(p) for p in args.paths] or [REPO_ROOT / c for c in DEFAULT_CRATES]
    base = REPO_ROOT if not args.paths else Path.cwd()
    return run(dirs, args.graph, base=base)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # `| head`
        sys.stderr.close()
        sys.exit(1)
