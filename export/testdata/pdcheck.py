"""Read a CSV export with pandas' defaults and print its shape: ROWS COLUMNS."""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1])
print(df.shape[0], df.shape[1])
