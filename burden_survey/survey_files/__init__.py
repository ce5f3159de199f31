"""Survey files (.bsurvey) and wave files (.bwave): what a response's fingerprint covers (content), writing a cadre's
response or an aggregate (filestore), checking and merging incoming files (importer, importer_values, inputs), and
sealing them for the organiser (crypto, wave_keys, wave_file).

Others use: filestore (export_response, export_aggregate, read_manifest), importer (import_paths), content,
wave_file, wave_keys, crypto.
"""
