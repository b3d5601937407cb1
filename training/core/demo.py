"""A registry of demo-data seeders, so each app adds its own part without the
project importing the apps (dependencies point one way; see docs/architecture.md)."""

_seeders = []


def demo_seeder(order: int):
    """Register ``function(stdout)`` to run in ``seed_demo``, lowest order first."""

    def register(function):
        if function not in [f for _o, f in _seeders]:
            _seeders.append((order, function))
        return function

    return register


def registered_seeders():
    return [function for _order, function in sorted(_seeders, key=lambda pair: pair[0])]
