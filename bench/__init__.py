"""The load benchmark of the learner journey (see bench/README.md). Not imported by the app."""
