"""Importing records.csv: the schema, the README's commands against real databases, spreadsheets."""
