#!/bin/py
# -*- coding: UTF-8 -*-
x = "é" @
