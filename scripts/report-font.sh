#!/usr/bin/env bash
# Remakes bot/src/main/resources/report/fonts/HouqinReportSans-Regular.otf, the font the report's
# charts are drawn with: a subset of Noto Sans CJK (Noto Sans Hans Regular, SIL Open Font License,
# from the npm package @embedpdf/fonts-sc) holding ASCII, CJK punctuation, every character of the
# Chinese message bundles (simplified and traditional) and GB 2312 level 1 (3,755 common
# characters, for names). Run it after adding Chinese texts that charts show; ReportFontsTest
# fails when a label cannot be drawn. Needs npm and python3 with fontTools (Debian: python3-fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @embedpdf/fonts-sc@1.0.0 >/dev/null && tar xzf embedpdf-fonts-sc-1.0.0.tgz)
cat bot/src/main/resources/messages/*_zh_*.properties > "$work/chars.txt"
python3 - "$work/chars.txt" <<'PY'
import sys
chars = [bytes([hi, lo]).decode('gb2312') for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
         if not (hi == 0xD7 and lo > 0xF9)]
open(sys.argv[1], 'a', encoding='utf-8').write(''.join(chars))
PY
python3 -m fontTools.subset "$work/package/fonts/NotoSansHans-Regular.otf" --text-file="$work/chars.txt" \
  --unicodes=U+0020-007E,U+00B7,U+00D7,U+2013,U+2014,U+2026,U+2190-2193,U+3000-303F,U+FF01-FF5E \
  --no-hinting --output-file=bot/src/main/resources/report/fonts/HouqinReportSans-Regular.otf
cp "$work/package/LICENSE" bot/src/main/resources/report/fonts/OFL.txt
ls -l bot/src/main/resources/report/fonts/
