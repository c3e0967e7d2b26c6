"""The Reports window, its charts, the poverty map and the printed report."""
