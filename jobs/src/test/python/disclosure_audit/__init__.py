"""Independent disclosure audit: an outside attacker's LP interval bounds on every hidden count of a publication.

Shares no code with the project's suppression (jobs/src/main/java/.../publish); see docs/disclosure-audit.md.
"""
