#!/usr/bin/env python3
"""Peak memory of `rsdd parse` on hostile files that once exhausted it (`make fuzz`).

Writes, in a temporary folder, a 254 KB-class workbook whose sheet unpacks to 248 MB of `<x/>`,
and streamed XML lists whose one record holds 40 MB and 200 MB of empty children; runs
`rsdd parse --source` on each and prints its exit code, its first line of error and its peak
memory (max RSS). Each must fail alone with a message naming the source, in bounded memory.
Standard library only. Usage: tools/fuzz-memory.py PATH/TO/rsdd
"""
import os
import subprocess
import sys
import tempfile
import time
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

XLSX_SOURCE = """id: bomb-xlsx
title: A workbook bomb (made by tools/fuzz-memory.py)
url: bomb.xlsx
format: xlsx
records:
  fields:
    name: A
"""

XML_SOURCE = """id: bomb-xml
title: A list with one huge record (made by tools/fuzz-memory.py)
url: bomb.xml
format: xml
records:
  path: //entry
  fields:
    name: name
"""


def write_workbook(path, sheet_bytes):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", f'<workbook {NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f"<worksheet {NS}><sheetData>".encode())
            chunk = b"<x/>" * (1 << 18)  # 1 MB
            for _ in range(sheet_bytes >> 20):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")


def write_list(path, record_bytes):
    with open(path, "wb") as f:
        f.write(b"<list><entry><name>Kestrel Works (fictional)</name></entry>\n<entry><name>Huge</name>")
        chunk = b"<x/>" * (1 << 18)
        for _ in range(record_bytes >> 20):
            f.write(chunk)
        f.write(b"</entry></list>\n")


def measure(rsdd, source, data):
    started = time.monotonic()
    p = subprocess.Popen([rsdd, "parse", "--source", source, data], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.monotonic() - started
    err = p.stderr.read().decode(errors="replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    return code, (err[0] if err else ""), usage.ru_maxrss / 1024, seconds


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tools/fuzz-memory.py PATH/TO/rsdd")
    rsdd = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="rsdd-fuzz-memory-") as d:
        xlsx_yml = os.path.join(d, "bomb-xlsx.yml")
        xml_yml = os.path.join(d, "bomb-xml.yml")
        open(xlsx_yml, "w").write(XLSX_SOURCE)
        open(xml_yml, "w").write(XML_SOURCE)
        cases = []
        workbook = os.path.join(d, "bomb.xlsx")
        write_workbook(workbook, 248 << 20)
        cases.append((f"workbook {os.path.getsize(workbook) // 1024} KB, sheet 248 MB of <x/>", xlsx_yml, workbook))
        for mb in (40, 200):
            path = os.path.join(d, f"record-{mb}.xml")
            write_list(path, mb << 20)
            cases.append((f"streamed list, one record of {mb} MB of <x/>", xml_yml, path))
        failed = False
        for name, source, data in cases:
            code, err, rss, seconds = measure(rsdd, source, data)
            print(f"{name}: exit {code}, peak memory {rss:.0f} MB, {seconds:.1f} s: {err}")
            # Fails alone (exit 2: bad input), names the source, and stays far from the gigabytes it took before.
            if code != 2 or "source bomb-" not in err or rss > 512:
                failed = True
        if failed:
            sys.exit("a hostile file was not refused in bounded memory")


if __name__ == "__main__":
    main()
