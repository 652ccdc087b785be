#!/usr/bin/env python3
"""Check translated Fluent (.ftl) files against a reference file.

Usage: python3 check_ftl.py REFERENCE.ftl FILE.ftl...

For each FILE it checks that
  * the file parses with fluent.syntax and has no Junk (syntax errors);
  * no message or term id is defined twice;
  * it has exactly the message and term ids of REFERENCE (none missing, none extra);
  * each message has a value exactly when the reference one does, and the same
    attributes (.attr = ...);
  * the value and each attribute use the same set of variables ($name), message
    references and term references (-term) as in REFERENCE;
  * select expressions keep a default variant (the parser enforces this), and plural
    variant keys are CLDR plural categories of the file's language (taken from the
    file name, e.g. ru.ftl -> ru), so that no variant can silently never match.

Prints one line per problem as "FILE: ID[.attr]: problem" and exits with status 1
if there was any problem, 2 on a usage error, 0 when all files pass.

Needs: pip install fluent.syntax
"""

import os
import sys

try:
    from fluent.syntax import FluentParser, ast, visitor
except ImportError:  # pragma: no cover
    sys.stderr.write("check_ftl.py needs the fluent.syntax package: pip install fluent.syntax\n")
    sys.exit(2)

# CLDR cardinal plural categories (integers and decimals), by language.
PLURAL_CATEGORIES = {
    "de": {"one", "other"},
    "en": {"one", "other"},
    "tr": {"one", "other"},
    "fa": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
    "ru": {"one", "few", "many", "other"},
    "uk": {"one", "few", "many", "other"},
    "pl": {"one", "few", "many", "other"},
}
ALL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


class Refs(visitor.Visitor):
    """Collects variables, message references, term references and select expressions."""

    def __init__(self):
        super().__init__()
        self.variables = set()
        self.messages = set()
        self.terms = set()
        self.selects = []

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node):
        name = node.id.name
        if node.attribute is not None:
            name += "." + node.attribute.name
        self.messages.add(name)
        self.generic_visit(node)

    def visit_TermReference(self, node):
        name = "-" + node.id.name
        if node.attribute is not None:
            name += "." + node.attribute.name
        self.terms.add(name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node):
        self.selects.append(node)
        self.generic_visit(node)


def refs_of(pattern):
    r = Refs()
    if pattern is not None:
        r.visit(pattern)
    return r


def line_of(source, span):
    if span is None:
        return "?"
    return str(source.count("\n", 0, span.start) + 1)


def load(path, problems):
    """Parses a file; returns {id: entry} (terms as "-id"), recording syntax problems."""
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        problems.append(f"{path}: -: cannot read: {e}")
        return None
    resource = FluentParser(with_spans=True).parse(source)
    entries = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            first = entry.content.strip().splitlines()[0] if entry.content.strip() else ""
            msgs = "; ".join(a.message for a in entry.annotations) or "syntax error"
            ident = first.split("=")[0].strip() or "-"
            problems.append(
                f"{path}: {ident}: syntax error at line {line_of(source, entry.span)}: {msgs}"
            )
            continue
        if isinstance(entry, (ast.Message, ast.Term)):
            key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            if key in entries:
                problems.append(f"{path}: {key}: defined more than once")
            entries[key] = entry
    return entries


def compare_pattern(path, label, ref_pattern, pattern, lang, problems):
    ref = refs_of(ref_pattern)
    got = refs_of(pattern)
    for kind, want, have in (
        ("variable", ref.variables, got.variables),
        ("message reference", ref.messages, got.messages),
        ("term reference", ref.terms, got.terms),
    ):
        prefix = "$" if kind == "variable" else ""
        for name in sorted(want - have):
            problems.append(f"{path}: {label}: {kind} {prefix}{name} missing")
        for name in sorted(have - want):
            problems.append(f"{path}: {label}: {kind} {prefix}{name} not in reference")
    categories = PLURAL_CATEGORIES.get(lang)
    for sel in got.selects:
        keys = [v.key for v in sel.variants]
        names = {k.name for k in keys if isinstance(k, ast.Identifier)}
        if not names & ALL_CATEGORIES:
            continue  # not a plural select (e.g. a string selector)
        if not any(v.default for v in sel.variants):
            problems.append(f"{path}: {label}: select expression without default variant")
        if categories is None:
            continue
        for name in sorted(names - categories):
            problems.append(
                f"{path}: {label}: plural variant [{name}] is not a CLDR category of "
                f"'{lang}' ({', '.join(sorted(categories))}) and can never match"
            )
        defaults = [v for v in sel.variants if v.default]
        if defaults and not (
            isinstance(defaults[0].key, ast.Identifier) and defaults[0].key.name == "other"
        ):
            problems.append(f"{path}: {label}: default variant should be *[other]")


def check_file(path, ref, problems):
    entries = load(path, problems)
    if entries is None:
        return
    lang = os.path.basename(path).split(".")[0].split("-")[0].split("_")[0].lower()
    for key in sorted(set(ref) - set(entries)):
        problems.append(f"{path}: {key}: missing (in reference, not in file)")
    for key in sorted(set(entries) - set(ref)):
        problems.append(f"{path}: {key}: extra (not in reference)")
    for key in sorted(set(ref) & set(entries)):
        r, e = ref[key], entries[key]
        if (r.value is None) != (e.value is None):
            problems.append(
                f"{path}: {key}: "
                + ("value missing" if e.value is None else "has a value, reference has none")
            )
        elif r.value is not None:
            compare_pattern(path, key, r.value, e.value, lang, problems)
        r_attrs = {a.id.name: a for a in r.attributes}
        e_attrs = {}
        for a in e.attributes:
            if a.id.name in e_attrs:
                problems.append(f"{path}: {key}.{a.id.name}: attribute defined more than once")
            e_attrs[a.id.name] = a
        for name in sorted(set(r_attrs) - set(e_attrs)):
            problems.append(f"{path}: {key}.{name}: attribute missing")
        for name in sorted(set(e_attrs) - set(r_attrs)):
            problems.append(f"{path}: {key}.{name}: attribute not in reference")
        for name in sorted(set(r_attrs) & set(e_attrs)):
            compare_pattern(
                path, f"{key}.{name}", r_attrs[name].value, e_attrs[name].value, lang, problems
            )


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    reference, files = argv[1], argv[2:]
    problems = []
    ref = load(reference, problems)
    if ref is None or problems:
        for p in problems:
            print(p)
        print(f"reference {reference} has problems; nothing else checked")
        return 1
    for path in files:
        before = len(problems)
        check_file(path, ref, problems)
        n = len(problems) - before
        for p in problems[before:]:
            print(p)
        print(f"{path}: {'OK' if n == 0 else f'{n} problem(s)'} ({len(ref)} ids in reference)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
