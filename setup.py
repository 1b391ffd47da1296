"""Build of the one compiled module: the page walk (pipeline/readers/_walk.pyx), optional.

Everything else is in setup.cfg. The extension reads lxml's nodes through lxml's public C API, so it
builds against the lxml installed beside it (``pyproject.toml`` asks for both in the build). Where no
compiler is at hand, or a build without isolation lacks Cython or lxml, the install goes on without
it and the pipeline uses the Python walk, which gives the same results, slower.
"""

from setuptools import Extension, setup

try:
    import lxml
    from Cython.Build import cythonize
except ImportError:  # a build without isolation and without Cython or lxml: pure Python
    ext_modules = []
else:
    walk = Extension(
        "pipeline.readers._walk",
        ["pipeline/readers/_walk.pyx"],
        include_dirs=lxml.get_include(),
        optional=True,
    )
    ext_modules = cythonize([walk], compiler_directives={"language_level": "3"}, quiet=True)

setup(ext_modules=ext_modules)
