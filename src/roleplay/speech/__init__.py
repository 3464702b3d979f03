"""roleplay.speech"""
