"""CI: every Parquet table of an output folder written with --format csv,parquet reads back in pandas + pyarrow
with the rows of its CSV twin, in the same order, and the Parquet type its schema.csv type promises.

    python .ci/check-parquet.py OUT_DIR

Types: integer -> int64, boolean -> bool, date -> date32, partial_date and string -> string, list -> list of
string. Missing values: an empty integer, boolean, date or partial-date cell of the CSV is null in Parquet; a
string is never null; an empty list cell is an empty list.
"""
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

out = Path(sys.argv[1])
schema = pd.read_csv(out / "schema.csv", keep_default_na=False, dtype=str)
ARROW = {"integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32(), "partial_date": pa.string(),
         "string": pa.string(), "list": pa.list_(pa.string())}


def as_csv_text(value, type_):
    """A Parquet value as the CSV writer writes it."""
    if value is None:
        return ""
    if type_ == "list":
        return ";".join(value)
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ == "date":
        return value.isoformat()
    return str(value)


checked = []
for table in schema.table.unique():
    columns = schema[schema.table == table].assign(position=lambda d: d.position.astype(int)).sort_values("position")
    parquet_file = out / f"{table}.parquet"
    assert parquet_file.is_file(), f"{parquet_file} is missing"
    arrow = pq.read_table(parquet_file)
    assert arrow.column_names == list(columns.column), (table, arrow.column_names)
    for column, type_ in zip(columns.column, columns.type):
        assert arrow.schema.field(column).type == ARROW[type_], (table, column, arrow.schema.field(column).type, type_)
    frame = arrow.to_pandas()  # what a notebook gets: int64, bool, object (dates, strings, arrays)
    for column, type_ in zip(columns.column, columns.type):
        if type_ == "integer" and not frame[column].isna().any():
            assert str(frame[column].dtype) == "int64", (table, column, frame[column].dtype)
        if type_ == "boolean":
            assert str(frame[column].dtype) == "bool", (table, column, frame[column].dtype)
    csv = pd.read_csv(out / f"{table}.csv", keep_default_na=False, dtype=str)
    assert len(csv) == arrow.num_rows, (table, len(csv), arrow.num_rows)
    rows = arrow.to_pylist()
    for i, row in enumerate(rows):
        for column, type_ in zip(columns.column, columns.type):
            got = as_csv_text(row[column], type_)
            want = csv.at[i, column]
            assert got == want, (table, i + 2, column, got, want)
            if type_ == "string":
                assert row[column] is not None, (table, i + 2, column, "a string is never null")
    checked.append(f"{table} ({arrow.num_rows})")
print("parquet: every table matches its CSV and schema.csv:", ", ".join(checked))
