"""Privacy: the privacy notice and, later, the founder's own data."""
