"""The thin MkDocs adapter: the plugin's hooks, its options, and the glue to static-i18n and Material."""
