"""An open customer account: the editor with *My details*, *Manage contacts*,
*Internet* and *History*, and creating or deleting an account."""
