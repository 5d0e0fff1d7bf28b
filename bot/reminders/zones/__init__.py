"""Time zones a founder can pick: the common ones, typed cities and offsets, place look-up."""
