"""Cases: what a submission becomes, what the citizen follows and what handlers work."""
