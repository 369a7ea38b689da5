"""Built-in rules, shipped as package data (the YAML files beside this one)."""
