"""/mydata: a person's own data as a JSON document and a readable Markdown one."""
