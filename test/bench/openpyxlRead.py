# The peer: a bare read of an xlsx by openpyxl in read-only mode, every cell value touched, timed inside Python
# (interpreter start-up excluded, which favours the peer). Prints seconds, one line per run.
# With runs = 0 it reads once and prints nothing: the whole-process figure is timed from outside.
import sys, time, openpyxl

path, runs = sys.argv[1], int(sys.argv[2])
for _ in range(max(1, runs)):
    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        for value in row:
            cells += 1
    wb.close()
    if runs:
        print(time.perf_counter() - t, cells, flush=True)
