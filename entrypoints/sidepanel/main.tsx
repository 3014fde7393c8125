import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DatabaseGate } from '@/components/common/DatabaseGate';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
