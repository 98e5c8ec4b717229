#!/usr/bin/env python3
"""EduGov 摇号复核 (edugov-lottery/v1), Python 3 standard library only. See docs/lottery.md.
Recomputes manifest_sha256, the seed and the draw from the applicants CSV, compares with a published draw CSV.
Prints "identical" (exit 0) or "differs" and the differences (exit 1); bad input exits 2."""
import argparse, csv, hashlib, re, sys

def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)

def rows(path, columns):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f, strict=True)
        for column in columns:
            if (reader.fieldnames or []).count(column) != 1:
                fail(f"{path} 的表头应恰有一个 {column} 列")
        for row in reader:
            if any(row.get(c) is None for c in columns):
                fail(f"{path} 第 {reader.line_num} 行缺少 {'、'.join(columns)} 中的值")
            yield tuple(row[c] for c in columns)

def main():
    p = argparse.ArgumentParser(description="EduGov 摇号结果复核")
    for name in ("--applicants", "--published"):
        p.add_argument(name, required=True)
    p.add_argument("--seats", type=int, required=True)
    for name in ("--seed", "--public-draw", "--manifest-sha256", "--school-id"):
        p.add_argument(name)
    p.add_argument("--dice", action="append", default=[])
    a = p.parse_args()
    tokens = sorted(t for (t,) in rows(a.applicants, ["token"]))
    parts = tokens + ([a.school_id] if a.school_id is not None else [])
    if a.seats < 0 or any(t == "" or "\n" in t or "|" in t for t in parts) or len(set(tokens)) != len(tokens):
        fail("名额为负数，或 token（学校标识）为空、重复、含换行或“|”")
    manifest = sha("".join(t + "\n" for t in tokens))
    problems = [] if a.manifest_sha256 in (None, manifest) else [f"清单摘要不一致：公布 {a.manifest_sha256}；重算 {manifest}"]
    seed = a.seed
    if a.public_draw is not None or a.dice:
        if not a.public_draw or re.search("[|\r\n]", a.public_draw) or not a.dice or not all(re.fullmatch("[0-9]+", d) for d in a.dice):
            fail("需要 --public-draw（不含“|”和换行）和至少一个 --dice（只含数字 0-9）")
        seed = sha("|".join(["edugov-lottery/v1", manifest, a.public_draw] + a.dice))
        problems += [] if a.seed in (None, seed) else [f"种子不一致：公布 {a.seed}；重算 {seed}"]
    if not seed or not re.fullmatch("[0-9a-f]{64}", seed):
        fail("需要 --seed（64 位小写十六进制），或 --public-draw 与 --dice")
    prefix = seed + "|" + (a.school_id + "|" if a.school_id is not None else "")
    ranked = sorted((sha(prefix + t), t) for t in tokens)  # equal-length lower-case hex sorts like the number
    expected = {t: f"{i + 1},{n},{'true' if i < a.seats else 'false'}" for i, (n, t) in enumerate(ranked)}
    published = {}
    for rank, token, number, selected in rows(a.published, ["rank", "token", "number", "selected"]):
        if token in published:
            problems.append(f"token {token}：在公布结果中重复出现")
        published.setdefault(token, f"{rank},{number},{selected}")
    for token, want in expected.items():
        got = published.get(token)
        if got != want:
            problems.append(f"token {token}：公布结果中缺失；重算 {want}" if got is None else f"token {token}：公布 {got}；重算 {want}")
    problems += [f"token {t}：不在申请人清单中" for t in published if t not in expected]
    print(f"manifest_sha256: {manifest}\nseed: {seed}\n申请人数 {len(tokens)}，名额 {a.seats}", file=sys.stderr)
    if not problems:
        print("identical")
        return 0
    print("differs")
    for line in problems[:20]:
        print("  " + line)
    if len(problems) > 20:
        print(f"  …共 {len(problems)} 处不一致，只列出前 20 处")
    return 1

if __name__ == "__main__":
    try:
        sys.exit(main())
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        fail(f"无法读取文件：{e}")
