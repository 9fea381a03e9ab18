"""Every Umm al-Qura month of hijridate's table, one line each: year month day-number length.

The day number is days since 1970-01-01 of the month's first day, read from hijridate's own
Gregorian conversion; HijriTests compares deadlined's table with these lines.
"""
import datetime

from hijridate import Hijri, ummalqura

EPOCH = datetime.date(1970, 1, 1)
first, last = ummalqura.HIJRI_RANGE[0][0], ummalqura.HIJRI_RANGE[1][0]
for year in range(first, last + 1):
    for month in range(1, 13):
        start = Hijri(year, month, 1)
        print(year, month, (start.to_gregorian() - EPOCH).days, start.month_length())
