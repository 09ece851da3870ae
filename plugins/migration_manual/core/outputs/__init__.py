"""What the `manual` command writes besides the site: the generated pages' folder, record skeletons, the JSON
Schema of `record.yml`, and the open-data export."""
