"""The coding screen: written answers coded into themes, one by one."""
