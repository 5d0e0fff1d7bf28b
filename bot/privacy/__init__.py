"""Privacy: the data notice (/privacy), the data export (/mydata) and erasure (/delete_me)."""
