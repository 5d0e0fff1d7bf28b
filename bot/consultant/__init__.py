"""Consultant workspace: roles, invites, clients and progress, exports, notifications."""
