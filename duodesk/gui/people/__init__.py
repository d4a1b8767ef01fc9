"""People and roles in the window: signing in, signing out, the list of people, and what each
role may reach."""
