"""The app registry's pages: the registry and its dialogs, and matching reported names to registered apps."""
