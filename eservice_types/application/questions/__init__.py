"""The kinds of question an editor can put in an application step, one class per kind, found
by block type in `registry`."""
