"""The Export screen: a questionnaire's interviews to a workbook, CSV or SPSS file."""
