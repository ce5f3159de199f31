"""Convert the bundled Noto Sans SC from CFF (PostScript) outlines to TrueType (glyf) outlines: run once when the
font is replaced. matplotlib embeds TrueType in a PDF as a CID TrueType font, so the meeting pack's text copies
out as printed; a CFF font it can only draw as Type 3 glyphs, whose copied numbers read 「2 94」.

    python tools/font_to_truetype.py NotoSansSC-Regular.otf resources/fonts/NotoSansSC-Regular.ttf

The outlines are the same curves, made quadratic within 1 font unit (fontTools' cu2qu); names and metrics are kept.
The OFL allows such a modified version under the font's own name: Noto Sans SC declares no Reserved Font Name.
"""

from __future__ import annotations

import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units of 1000 per em: far below a pixel at any print size


def convert(source: str, target: str) -> None:
    font = TTFont(source)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))  # TrueType winds the other way
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000  # the TrueType form, with the fields below (no hinting programs)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    for table in ("CFF ", "VORG"):  # CFF-only tables
        if table in font:
            del font[table]
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
