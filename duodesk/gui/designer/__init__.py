"""The questionnaire designer: build, try and print a questionnaire without a spreadsheet."""
