"""The Results screen: summary tables and charts of a questionnaire's interviews."""
