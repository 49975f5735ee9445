#!/usr/bin/env python3
# Writes a libFuzzer dictionary from the U"..." literals of C++ sources (and lit:WORD
# arguments): fuzz/make_dict.py OUT HEADER SOURCES... (fuzz/README.md has the calls).
import re, sys
out, header, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
words = []
srcs = [a for a in extra if a.endswith(('.cc', '.h'))]
lits = [a[4:] for a in extra if a.startswith('lit:')]
for s in srcs:
    for m in re.finditer(r'U"((?:[^"\\]|\\.)*)"', open(s, encoding='utf-8').read()):
        w = m.group(1)
        if w and '\\' not in w and w not in words: words.append(w)
for w in lits:
    if w not in words: words.append(w)
def esc(w):
    b = w.encode('utf-8'); r = ''
    for c in b:
        if c == 0x22: r += '\\"'
        elif c == 0x5c: r += '\\\\'
        elif 0x20 <= c < 0x7f: r += chr(c)
        else: r += '\\x%02x' % c
    return '"' + r + '"'
with open(out, 'w') as f:
    f.write(header.replace('\\n', '\n') + '\n')
    for w in words: f.write(esc(w) + '\n')
