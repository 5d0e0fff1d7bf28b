"""Logging one interview: the dialogue's steps, keyboards, storage; fluff in customers' words."""
