"""roleplay.ui"""
