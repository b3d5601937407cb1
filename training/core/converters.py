"""Path converters for Cotrain's own URL patterns."""

# The largest id any of our tables can hold (a PostgreSQL bigint, SQLite's INTEGER).
MAX_ID = 2**63 - 1


def is_id_name(name: str) -> bool:
    """Whether an address's parameter, by its name, is a database id."""
    return name == "pk" or name.endswith(("_id", "_pk"))


class IdConverter:
    """``<id:name>``: a database id. A number no table can hold matches no pattern, so the
    address is "Page not found" before any view or query runs (SQLite would raise an
    OverflowError, PostgreSQL an "out of range" error)."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is beyond any database id")
        return number

    def to_url(self, value) -> str:
        return str(value)
