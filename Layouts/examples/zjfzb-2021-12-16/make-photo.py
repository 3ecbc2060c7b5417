#!/usr/bin/env python3
"""Generate photo.png: a stylised, photograph-like view of a Hangzhou polling
station during COVID (Dec 2021). Pure standard library, deterministic output."""
import math, os, struct, zlib

W, H = 1200, 780
CX, HZ, F, EYE = 600, 330, 962.0, 1.6     # camera: centre x, horizon y, focal (px), eye height (m)
RX, RZ, RY = 6.0, 14.0, 4.0               # room half-width, back-wall depth, ceiling height (m)
img = [bytearray(W * 3) for _ in range(H)]
_seed = [20211216]

def rnd():                                # fixed-seed LCG in [0, 1)
    _seed[0] = (_seed[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return _seed[0] / 0x80000000

def P(X, Y, Z):                           # world metres -> screen pixels
    return (CX + F * X / Z, HZ - F * (Y - EYE) / Z)

def put(x, y, c, a=1.0):
    row, i = img[y], 3 * x
    for k in range(3):
        v = row[i + k] + (c[k] - row[i + k]) * a
        row[i + k] = 0 if v < 0 else 255 if v > 255 else int(v)

def poly(pts, col, a=1.0):                # scanline fill; col is an RGB tuple or f(x, y)
    ys, n = [p[1] for p in pts], len(pts)
    for y in range(max(0, int(min(ys))), min(H, int(max(ys)) + 1)):
        yc, xs = y + 0.5, []
        for i in range(n):
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
            if (y0 <= yc) != (y1 <= yc):
                xs.append(x0 + (yc - y0) * (x1 - x0) / (y1 - y0))
        xs.sort()
        for j in range(0, len(xs) - 1, 2):
            for x in range(max(0, int(xs[j] + 0.5)), min(W, int(xs[j + 1] + 0.5))):
                put(x, y, col(x, y) if callable(col) else col, a)

def ellipse(cx, cy, rx, ry, col, a=1.0, glow=False):
    for y in range(max(0, int(cy - ry)), min(H, int(cy + ry) + 2)):
        for x in range(max(0, int(cx - rx)), min(W, int(cx + rx) + 2)):
            d = ((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2
            if d < 1:
                al = a * (1 - d) ** 2 if glow else a * min(1.0, (1 - d ** 0.5) * min(rx, ry) / 1.2)
                put(x, y, col(x, y) if callable(col) else col, al)

def rect(x0, y0, x1, y1, col, a=1.0):
    poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], col, a)

def line(p, q, w, col):                   # thick segment as a quad
    dx, dy = q[0] - p[0], q[1] - p[1]
    L = math.hypot(dx, dy) or 1
    nx, ny = -dy / L * w / 2, dx / L * w / 2
    poly([(p[0] + nx, p[1] + ny), (q[0] + nx, q[1] + ny), (q[0] - nx, q[1] - ny), (p[0] - nx, p[1] - ny)], col)

def shaded(base, cx, hw, y0, y1, k=0.5):  # cylindrical body shading, key light from upper left
    def col(x, y):
        u = max(-1.0, min(1.0, (x - cx) / hw))
        s = (1 - k * u * u - 0.12 * u) * (1 - 0.2 * (y - y0) / max(1, y1 - y0))
        return (base[0] * s, base[1] * s, base[2] * s)
    return col

def room_colour(X, Y, Z, surf):
    fall = 0.82 + 0.18 * math.exp(-((Z - 7) ** 2) / 30)
    if surf == 'floor':
        gx, gz = (X / 0.8) % 1, (Z / 0.8) % 1
        t = ((int(X / 0.8 + 100) * 7 + int(Z / 0.8) * 13) % 5) * 2.5
        v = 150 + t + 25 * (Z / RZ) ** 2                      # grazing sheen toward the back
        v += 16 * (0.5 + 0.5 * math.cos(2 * math.pi * X / 3.2)) * (0.5 + 0.5 * math.cos(2 * math.pi * (Z - 4.2) / 2.6))
        if Z < 11 and min(gx, 1 - gx, gz, 1 - gz) < 0.012 * (1 + Z / 5):
            v -= 28 * (1 - Z / 11)
        return (v * fall, v * fall * 0.99, v * fall * 0.95)
    if surf == 'ceil':
        v = 224 - 3 * Z
        return (v, v, v * 0.98)
    if surf == 'wall':
        if X < 0 and 11.6 < Z < 13.0 and Y < 2.3:                  # open doorway: daylight
            v = 236 - 12 * Y
            return (v * 0.95, v * 0.98, v)
        if X < 0 and 11.45 < Z < 13.15 and Y < 2.42:             # door frame
            return (120, 100, 80)
        if X > 0 and Y > 1.05 and Y < 2.1 and (8.2 < Z < 10.0 or 10.6 < Z < 12.4):
            return (188, 38, 34) if Y > 1.92 else (238, 234, 222)   # notice boards
        v = (214 + 10 * Y / RY) * fall
    else:
        v = (222 + 14 * Y / RY) * (1 - 0.06 * (X / RX) ** 2)
    if Y < 0.12:
        v *= 0.62                                              # skirting
    return (v, v * 0.975, v * 0.92)

def background():
    for y in range(H):
        row, dy = img[y], y + 0.5 - HZ
        for x in range(W):
            dx, Z, s = x + 0.5 - CX, RZ, 'back'
            if dy > 0 and F * EYE / dy < Z: Z, s = F * EYE / dy, 'floor'
            if dy < 0 and F * (RY - EYE) / -dy < Z: Z, s = F * (RY - EYE) / -dy, 'ceil'
            if dx and F * RX / abs(dx) < Z: Z, s = F * RX / abs(dx), 'wall'
            c = room_colour(dx * Z / F, EYE - dy * Z / F, Z, s)
            row[3 * x:3 * x + 3] = bytes(max(0, min(255, int(v))) for v in c)

def lights():
    for Z in (4.2, 6.8, 9.4, 12.0):
        for X in (-3.2, 0.0, 3.2):
            q = [P(X - 0.6, RY, Z - 0.3), P(X + 0.6, RY, Z - 0.3), P(X + 0.6, RY, Z + 0.3), P(X - 0.6, RY, Z + 0.3)]
            cx, cy = sum(p[0] for p in q) / 4, sum(p[1] for p in q) / 4
            ellipse(cx, cy, 1.6 * F / Z, 0.7 * F / Z, (255, 250, 235), 0.35, glow=True)
            poly(q, (255, 253, 244))

def banner():
    (x0, y0), (x1, y1) = P(-4.6, 3.55, RZ), P(4.6, 2.9, RZ)
    rect(x0, y0, x1, y1, lambda x, y: (205 * (0.9 + 0.08 * math.sin(x * 0.045)) * (1.05 - 0.25 * (y - y0) / (y1 - y0)), 28, 26))
    n, cw = 13, (x1 - x0) / 13.6                               # blurred gold "characters"
    for i in range(n):
        bx, by, sz = x0 + (i + 0.8) * cw, y0 + (y1 - y0) * 0.22, (y1 - y0) * 0.56
        for _ in range(5):
            u, v, horiz = rnd() * 0.8, rnd() * 0.8, rnd() < 0.5
            ww, hh = (sz * (0.3 + 0.5 * rnd()), sz * 0.12) if horiz else (sz * 0.12, sz * (0.3 + 0.5 * rnd()))
            px, py = bx + u * sz * 0.7, by + v * sz * 0.7
            rect(px, py, px + ww, py + hh, (240, 208, 110), 0.7)

def floor_line(Z, X0, X1, col=(232, 196, 40)):
    poly([P(X0, 0, Z), P(X1, 0, Z), P(X1, 0, Z + 0.08), P(X0, 0, Z + 0.08)], col, 0.9)

def table():
    X0, X1, Z0, Z1, T = 2.1, 4.5, 7.4, 8.3, 0.78
    wood = (150, 98, 58)
    poly([P(X0, T, Z0), P(X1, T, Z0), P(X1, T, Z1), P(X0, T, Z1)], (176, 124, 80))          # top
    (fx0, fy0), (fx1, fy1) = P(X0, T, Z0), P(X1, 0.05, Z0)
    rect(fx0, fy0, fx1, fy1, lambda x, y: tuple(c * (1 - 0.35 * (y - fy0) / (fy1 - fy0)) * (0.95 + 0.05 * math.sin(x * 0.3)) for c in wood))
    poly([P(X0, T, Z0), P(X0, T, Z1), P(X0, 0.05, Z1), P(X0, 0.05, Z0)], (112, 72, 42))     # side
    ellipse((fx0 + fx1) / 2, fy1 + 4, (fx1 - fx0) * 0.55, 10, (40, 36, 32), 0.4, glow=True)
    b0, b1, bz0, bz1, bt = 2.7, 3.3, 7.7, 8.2, T + 0.55                                       # ballot box
    poly([P(b0, bt, bz0), P(b1, bt, bz0), P(b1, bt, bz1), P(b0, bt, bz1)], (222, 70, 60))
    poly([P(b0, bt, bz0), P(b0, bt, bz1), P(b0, T, bz1), P(b0, T, bz0)], (150, 22, 22))
    (px0, py0), (px1, py1) = P(b0, bt, bz0), P(b1, T, bz0)
    rect(px0, py0, px1, py1, lambda x, y: (198 - 40 * (y - py0) / (py1 - py0), 30, 28))
    poly([P(b0 + 0.18, bt, 7.93), P(b1 - 0.18, bt, 7.93), P(b1 - 0.18, bt, 7.97), P(b0 + 0.18, bt, 7.97)], (30, 10, 10))
    lx, ly = (px0 + px1) / 2, py0 + (py1 - py0) * 0.4                                          # label
    rect(lx - 18, ly - 9, lx + 18, ly + 9, (240, 210, 120), 0.9)

def person(X, Z, h, coat, pants, face=0, suit=False, hair=(32, 28, 26), reach=None, item=None):
    s = F / Z
    fx, fy = P(X, 0, Z)
    y = lambda m: fy - m * s
    side_view = face in (-1, 1)
    wf = 0.72 if side_view else 1.0
    skin, shoe = (214, 172, 140), ((70, 110, 170) if suit else (30, 28, 28))
    ellipse(fx, fy, 0.45 * s, 0.07 * s, (35, 33, 30), 0.5, glow=True)                  # contact shadow
    for sd in (-1, 1):                                                                  # legs
        lx = fx + sd * 0.1 * s * wf
        poly([(lx - 0.085 * s, y(0.5 * h)), (lx + 0.085 * s, y(0.5 * h)), (lx + 0.065 * s, y(0.04)),
              (lx - 0.065 * s, y(0.04))], shaded(pants, lx, 0.085 * s, y(0.5 * h), fy))
        ellipse(lx + face * 0.05 * s * side_view, y(0.035), 0.09 * s, 0.045 * s, shoe)
    top, hem, hw = y(h - 0.26), y((0.47 if suit else 0.4) * h), 0.24 * s * wf
    body = shaded(coat, fx, hw, top, hem)
    poly([(fx - hw * 0.95, top), (fx + hw * 0.95, top), (fx + hw * 1.04, hem), (fx - hw * 1.04, hem)], body)
    ellipse(fx, top + 0.04 * s, hw * 0.97, 0.08 * s, body)
    for sd in (-1, 1):                                                                  # arms
        sh = (fx + sd * hw * 0.85, top + 0.06 * s)
        hand = (sh[0] + reach[0] * s, sh[1] - reach[1] * s) if reach and sd == (face or 1) else \
               (sh[0] + sd * 0.04 * s, y(0.47 * h))
        line(sh, hand, 0.11 * s, shaded([c * 0.88 for c in coat], sh[0], 0.1 * s, top, hem, 0.3))
        ellipse(hand[0], hand[1], 0.045 * s, 0.05 * s, (80, 130, 200) if suit else skin)
        if item and sd == (face or 1):
            gadget(item, hand, s, face or 1)
    hx, hy = fx + face * 0.02 * s * side_view, y(h - 0.13)
    rect(hx - 0.05 * s, hy, hx + 0.05 * s, top + 0.03 * s, coat if suit else skin)
    if suit:
        ellipse(hx, hy - 0.01 * s, 0.13 * s, 0.155 * s, shaded(coat, hx, 0.13 * s, hy - 0.16 * s, hy + 0.15 * s))
    else:
        ellipse(hx, hy, 0.1 * s, 0.125 * s, hair)
    ox = face * 0.035 * s if side_view else 0
    ellipse(hx + ox, hy + 0.012 * s, 0.085 * s * wf, 0.108 * s, shaded(skin, hx + ox, 0.09 * s, hy - 0.1 * s, hy + 0.1 * s, 0.3))
    if not suit:
        ellipse(hx + ox * 0.4, hy - 0.07 * s, 0.1 * s, 0.055 * s, hair)               # fringe
    mw, mx, my = 0.075 * s * wf, hx + ox * 1.25, hy + 0.045 * s
    poly([(mx - mw, my - 0.04 * s), (mx + mw, my - 0.04 * s), (mx + mw * 0.85, my + 0.04 * s), (mx - mw * 0.85, my + 0.04 * s)],
         (226, 236, 242))
    if suit:
        rect(mx - mw, hy - 0.045 * s, mx + mw, hy - 0.005 * s, (70, 92, 115), 0.6)     # goggles

def gadget(kind, hand, s, d):
    x, y = hand
    if kind == 'phone':
        rect(x - 0.04 * s, y - 0.16 * s, x + 0.04 * s, y - 0.02 * s, (235, 240, 238))
        rect(x - 0.025 * s, y - 0.12 * s, x + 0.025 * s, y - 0.07 * s, (40, 170, 80))     # green health code
    elif kind == 'gun':
        line((x, y), (x + d * 0.12 * s, y - 0.015 * s), 0.05 * s, (238, 240, 242))
        line((x, y), (x - d * 0.01 * s, y + 0.08 * s), 0.035 * s, (200, 205, 210))
    elif kind == 'wand':
        tip = (x + d * 0.35 * s, y + 0.42 * s)
        line((x, y), tip, 0.025 * s, (60, 65, 70))
        for i in range(8):
            ellipse(tip[0] + d * (0.08 + 0.07 * i) * s, tip[1] + 0.03 * i * s, (0.08 + 0.06 * i) * s, (0.05 + 0.035 * i) * s,
                    (246, 249, 252), 0.55 - 0.04 * i, glow=True)

def finish():                             # soften, vignette, grain, mild warm grade
    rows = img
    for _ in range(2):
        rows = [r[:3] + bytes((a + 2 * b + c) >> 2 for a, b, c in zip(r, r[3:], r[6:])) + r[-3:] for r in rows]
        rows = [rows[0]] + [bytes((a + 2 * b + c) >> 2 for a, b, c in zip(rows[y - 1], rows[y], rows[y + 1]))
                            for y in range(1, H - 1)] + [rows[-1]]
    vx = [((x - W / 2) / (W / 2)) ** 2 for x in range(W)]
    out = []
    for y in range(H):
        r, vy, o = rows[y], ((y - H * 0.45) / (H / 2)) ** 2, bytearray(W * 3)
        for x in range(W):
            v = 1 - 0.24 * (vx[x] + vy) ** 1.3
            n = (rnd() + rnd() - 1) * 9
            i = 3 * x
            for k, g in ((0, 1.03), (1, 1.0), (2, 0.95)):
                c = r[i + k] * v * g + n
                o[i + k] = 0 if c < 0 else 255 if c > 255 else int(c)
        out.append(bytes(o))
    return out

def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c

def write_png(path, rows):
    absb, prev, data = bytes(min(i, 256 - i) for i in range(256)), bytes(W * 3), bytearray()
    for row in rows:
        left, ul = bytes(3) + row[:-3], bytes(3) + prev[:-3]
        cands = [row, bytes((a - b) & 255 for a, b in zip(row, left)),
                 bytes((a - b) & 255 for a, b in zip(row, prev)),
                 bytes((a - ((b + c) >> 1)) & 255 for a, b, c in zip(row, left, prev)),
                 bytes((a - paeth(b, c, d)) & 255 for a, b, c, d in zip(row, left, prev, ul))]
        t = min(range(5), key=lambda k: sum(cands[k].translate(absb)))
        data.append(t); data += cands[t]; prev = row
    chunk = lambda tag, d: struct.pack('>I', len(d)) + tag + d + struct.pack('>I', zlib.crc32(tag + d))
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0)) +
                chunk(b'IDAT', zlib.compress(bytes(data), 9)) + chunk(b'IEND', b''))

def main():
    background(); lights(); banner()
    person(-1.3, 12.0, 1.72, (236, 240, 244), (236, 240, 244), face=1, suit=True, reach=(0.15, 0.05), item='wand')
    person(3.6, 9.2, 1.68, (60, 100, 165), (40, 42, 50), face=0)
    table()
    person(0.9, 7.6, 1.66, (110, 40, 48), (45, 45, 55), face=-1)
    floor_line(6.9, -1.0, 1.9); floor_line(5.3, -1.6, 1.5)
    person(0.1, 5.9, 1.78, (52, 58, 66), (35, 36, 42), face=-1)
    person(-0.9, 4.4, 1.62, (150, 120, 92), (50, 52, 60), face=-1, reach=(-0.2, -0.2), item='phone')
    person(-1.8, 4.1, 1.74, (170, 200, 232), (170, 200, 232), face=1, suit=True, reach=(0.55, 0.1), item='gun')
    write_png(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'photo.png'), finish())

if __name__ == '__main__':
    main()
