# administration
