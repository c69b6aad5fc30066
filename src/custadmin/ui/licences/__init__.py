"""Partnerships and licences: the wizard, the *Licences & users* tab, invitations."""
